def read_ofd(data, source_format="ofd"):
    raise NotImplementedError
