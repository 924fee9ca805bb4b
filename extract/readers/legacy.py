"""Legacy Word .doc (Word 97–2003) and Kingsoft WPS .wps files, through LibreOffice.

The bytes are written to a private temporary folder and converted to .docx by ``soffice
--headless --convert-to docx``; the .docx is then read by the DOCX reader, so merged cells and
checkboxes are handled once. Each conversion uses its own throw-away LibreOffice profile
(``-env:UserInstallation``): two conversions sharing the default profile collide and one of them
exits without output. The export filter is named explicitly so that HTML or RTF saved under a .doc
name (common on government web sites) converts too, and the import filter is left to
LibreOffice's detection so Microsoft Works .wps files (libwps) are not forced through the Word one.

LibreOffice is found as ``$JIXIAO_SOFFICE``, else ``soffice`` or ``libreoffice`` on ``PATH``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.docx import read_docx

#: Environment variable naming the LibreOffice executable (overrides PATH look-up).
SOFFICE_ENV = "JIXIAO_SOFFICE"
#: Seconds one conversion may take before LibreOffice is killed.
CONVERSION_TIMEOUT_S = 120.0
#: Writer's .docx export filter; named so non-Writer imports (HTML → Writer/Web) still export.
DOCX_EXPORT_FILTER = "docx:MS Word 2007 XML"
#: First bytes of an OLE2 compound file (.doc, .wps, .xls).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: How many of LibreOffice's last stderr lines go into an error message.
STDERR_TAIL_LINES = 5

INSTALL_ADVICE = ("install LibreOffice (Debian/Ubuntu: `sudo apt-get install libreoffice-writer-nogui`, "
                  "or `make system-deps` in the jixiao checkout; or set JIXIAO_SOFFICE to the soffice "
                  "program), or open the file in Word/WPS and save it as .docx")
#: LibreOffice's start-up noise that says nothing about the file.
_STDERR_NOISE = ("javaldx", "java may not function")


def find_soffice() -> str | None:
    """The LibreOffice program to run: ``$JIXIAO_SOFFICE`` if set, else soffice/libreoffice on PATH."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def _check_word_bytes(data: bytes) -> None:
    """Refuse bytes LibreOffice would import as plain-text garbage. A file that starts like a
    compound file must have a compound-file header (512 bytes, byte order FFFE, sector shift 9 or
    12); any other file must be text (HTML, RTF or MHT saved under a .doc name), so no NUL bytes."""
    if data.startswith(OLE2_MAGIC):
        byte_order = data[28:30]
        sector_shift = int.from_bytes(data[30:32], "little")
        if len(data) < 512 or byte_order != b"\xfe\xff" or sector_shift not in (9, 12):
            raise UnreadableDocument("the .doc file is damaged (its Word 97–2003 header is invalid): "
                                     "open it in Word or WPS and save it again as .docx")
    elif b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument("the .doc file is not a Word document (neither Word 97–2003 nor "
                                 "text/HTML/RTF): check that it is the right file, or open it in Word "
                                 "or WPS and save it as .docx")


def _stderr_tail(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    useful = [line for line in lines if line and not any(noise in line for noise in _STDERR_NOISE)]
    return " | ".join(useful[-STDERR_TAIL_LINES:]) or "no message"


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def convert_to_docx(data: bytes, soffice: str, timeout_s: float | None = None) -> bytes:
    """The .docx bytes LibreOffice makes of a .doc/.wps file; UnreadableDocument when it cannot.
    ``timeout_s`` defaults to CONVERSION_TIMEOUT_S."""
    return convert_with_libreoffice(data, soffice, DOCX_EXPORT_FILTER, ".doc", ".docx",
                                    "open it in Word or WPS and save it as .docx", timeout_s)


def convert_with_libreoffice(data: bytes, soffice: str, export_filter: str, in_suffix: str,
                             out_suffix: str, resave_advice: str,
                             timeout_s: float | None = None) -> bytes:
    """The bytes LibreOffice exports (``export_filter``, e.g. ``xlsx:Calc MS Excel 2007 XML``) of
    a file handed to it as ``input{in_suffix}``; UnreadableDocument, ending in ``resave_advice``,
    when it cannot. ``timeout_s`` defaults to CONVERSION_TIMEOUT_S."""
    timeout_s = CONVERSION_TIMEOUT_S if timeout_s is None else timeout_s
    kind = f"{in_suffix} file"
    with tempfile.TemporaryDirectory(prefix="jixiao-convert-") as work:
        work_dir = Path(work)
        source = work_dir / f"input{in_suffix}"
        source.write_bytes(data)
        out_dir = work_dir / "out"
        profile = work_dir / "profile"              # private: concurrent conversions do not collide
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", export_filter, "--outdir", str(out_dir),
                   str(source)]
        started = time.monotonic()
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, cwd=work_dir, start_new_session=True)
        except OSError as exc:
            raise UnreadableDocument(f"cannot start LibreOffice ({soffice}: {exc.strerror or exc}): "
                                     f"{INSTALL_ADVICE}")
        try:
            _, stderr = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            _kill_group(process)                    # soffice and the soffice.bin it started
            _, stderr = process.communicate()
            raise UnreadableDocument(
                f"LibreOffice did not finish converting the {kind} within {timeout_s:g} s and was "
                f"stopped (its last output: {_stderr_tail(stderr)}): {resave_advice}")
        except BaseException:                       # interrupted: leave no LibreOffice running
            _kill_group(process)
            raise
        converted = out_dir / f"input{out_suffix}"
        if not converted.is_file():                 # soffice exits 0 even when it wrote nothing
            raise UnreadableDocument(
                f"LibreOffice could not convert the {kind} (exit code {process.returncode} after "
                f"{time.monotonic() - started:.1f} s: {_stderr_tail(stderr)}): the file may be damaged "
                f"or password protected; {resave_advice}")
        return converted.read_bytes()


def read_doc(data: bytes, source_format: str = "doc") -> Document:
    """A Word 97–2003 (or WPS) file → Document, through a LibreOffice conversion to .docx."""
    _check_word_bytes(data)
    soffice = find_soffice()
    if soffice is None:
        configured = os.environ.get(SOFFICE_ENV)
        where = (f"{SOFFICE_ENV}={configured} is not an executable program" if configured
                 else "LibreOffice (soffice) is not installed or not on PATH")
        raise UnreadableDocument(f"reading .doc (Word 97–2003) files needs LibreOffice, and {where}: "
                                 f"{INSTALL_ADVICE}")
    return read_docx(convert_to_docx(data, soffice), source_format)
