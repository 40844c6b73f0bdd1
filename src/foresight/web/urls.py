"""URLs of the web app. Every page needs a signed-in user except signing in itself."""

from django.contrib.auth import views as auth_views
from django.urls import path

from foresight.web import views

urlpatterns = [
    path("", views.family_list, name="family-list"),
    path("upload/", views.upload, name="upload"),
    path("families/<int:pk>/", views.family_page, name="family"),
    path("families/<int:pk>.json", views.family_json, name="family-json"),
    path(
        "sign-in/",
        auth_views.LoginView.as_view(
            template_name="foresight/sign_in.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
]
