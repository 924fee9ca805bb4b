"""Read files into one document model, recognise forms and pull out raw records (strings as written)."""
