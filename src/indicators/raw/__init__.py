"""All file reading: encodings, CSV with line numbers, cell values, dataset.yaml, geometry files."""
