"""Deprecated alias kept for old code: the names of xml.etree.ElementTree."""
from xml.etree.ElementTree import *
