"""The web app: Django settings, URLs, views and GOV.UK Frontend-styled templates.

Run it with :func:`foresight.web.server.serve`; prepare a demo with
:func:`foresight.web.demo.prepare_demo`. Settings module: ``foresight.web.settings``.
"""
