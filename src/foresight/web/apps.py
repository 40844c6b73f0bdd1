"""Django application configuration of the web app."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "foresight.web"
    label = "web"
    verbose_name = "Foresight web app"
