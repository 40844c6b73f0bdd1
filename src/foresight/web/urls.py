"""URLs of the web app. Every page needs a signed-in user except signing in itself."""

from django.contrib.auth import views as auth_views
from django.urls import path

from foresight.web import chronology, views

urlpatterns = [
    path("", views.family_list, name="family-list"),
    path("upload/", views.upload, name="upload"),
    path("families/<int:pk>/", views.family_page, name="family"),
    path("families/<int:pk>.json", views.family_json, name="family-json"),
    path("families/<int:pk>/entry-types/", views.entry_types, name="entry-types"),
    path("families/<int:pk>/links/", views.link_decision, name="link-decision"),
    path("families/<int:pk>/chronology/", chronology.chronology_page, name="chronology"),
    path(
        "families/<int:pk>/chronology/analysis/",
        chronology.chronology_analysis,
        name="chronology-analysis",
    ),
    path(
        "families/<int:pk>/chronology-glossary.csv",
        chronology.chronology_glossary,
        name="chronology-glossary",
    ),
    path(
        "families/<int:pk>/chronology.<str:fmt>",
        chronology.chronology_export,
        name="chronology-export",
    ),
    path(
        "sign-in/",
        auth_views.LoginView.as_view(
            template_name="foresight/sign_in.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
]
