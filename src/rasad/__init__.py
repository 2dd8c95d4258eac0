"""rasad (رصد): Arabic news in, dated, geocoded, attributed conflict events out.

    >>> import rasad
    >>> doc = rasad.extract("قصفت طائرات روسية مدينة حلب أمس", published="2016-09-24")
    >>> record = doc.to_dict()   # the contract record (see docs/ and shared/contract)
"""

from rasad.document import Document
from rasad.pipeline import extract, process

__all__ = ["Document", "extract", "process"]
__version__ = "0.1.0"
