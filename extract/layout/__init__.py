"""The shape layer: every text shape a table can arrive in, decided once and turned into one grid type.

``grid``      Grid (rows, spans, provenance), CellStream (row breaks unknown), ShapeReport
``settings``  LayoutSettings: every threshold, validated, one object
``base``      Builder: the hooks every shape builder fills (detect → rows_and_columns → make)
``rows``      tab, pipe, CSV rows and the readers' tables (spans kept)
``stream``    one cell per line / per paragraph, ``|``-terminated cells, blanks kept or dropped
``indicator_stream``  an indicator table with value columns, one cell per line, blanks kept → rows
"""
