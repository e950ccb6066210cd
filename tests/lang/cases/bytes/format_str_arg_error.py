try:
    b"%s" % "text"
except TypeError as e:
    print(e)
