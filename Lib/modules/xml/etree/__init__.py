"""The ElementTree XML API: xml.etree.ElementTree and its path language."""
