"""Reading a case bundle (``.xlsx`` workbook, folder of CSV files, or ``.zip``) into records.

>>> from foresight.bundle import read_bundle      # doctest: +SKIP
>>> read_bundle("family-a.xlsx").problems         # doctest: +SKIP
()
"""

from foresight.bundle.reader import read_bundle, read_bundle_bytes

__all__ = ["read_bundle", "read_bundle_bytes"]
