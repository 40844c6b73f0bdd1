"""WSGI entry point: ``foresight.web.wsgi:application`` for any WSGI server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "foresight.web.settings")
application = get_wsgi_application()
