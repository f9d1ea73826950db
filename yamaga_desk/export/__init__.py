"""Exports of the review records for supervisors: CSV (Excel) and PDF.

csv_export is plain Python.  pdf_export draws with Qt and is imported only
when a PDF is asked for, so the engine and the CLI never load Qt for it.
"""
