"""Form generator and shape matrix: the measure of issue 13.

``shapes`` renders a document's grid (paragraphs and tables with spans) into every text shape
real archives hold; ``office`` writes the same grid as DOCX / PDF / XLSX; ``shape_matrix`` scores
the samples in every shape; ``spec`` / ``families`` / ``heldout`` draw new forms with truth by
construction. Built blind: nothing here reads the parser's form code, only the document model,
``parse_bytes`` and the accuracy scorer.
"""
