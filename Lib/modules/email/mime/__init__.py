"""MIME message classes: email.mime.text, multipart, base, application."""
