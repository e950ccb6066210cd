# -*- coding: latin-1 -*-
# The file is Latin-1, as its coding comment says.
word = "café"
print(word, len(word), ascii(word))
print("à la carte".upper())
