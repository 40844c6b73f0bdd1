"""Django application configuration of the store."""

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "foresight.store"
    label = "store"
    verbose_name = "Foresight store"
    default_auto_field = "django.db.models.BigAutoField"
