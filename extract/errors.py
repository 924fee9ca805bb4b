"""Errors for input that cannot be used. Anything else raised while parsing is a bug."""

from __future__ import annotations


class DocumentError(Exception):
    """The input file cannot be turned into forms; the message tells the user what to do."""


class UnreadableDocument(DocumentError):
    """The bytes cannot be read: empty, binary, undecodable, unsupported or damaged."""


class NotAForm(DocumentError):
    """The file reads fine but holds no budget-performance form or report."""
