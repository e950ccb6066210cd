import configparser, gettext, warnings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# c2py refuses expressions too long to be a real Plural-Forms rule
t(lambda: gettext.c2py('n+' * 10000 + 'n'))
t(lambda: gettext.c2py('n+' * 100 + 'n')(1))
t(lambda: gettext.c2py('n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2')(23))
t(lambda: gettext.c2py("os.chmod('/etc/passwd',0777)"))
# ParsingError wants exactly one of source and filename
t(lambda: configparser.ParsingError())
t(lambda: configparser.ParsingError(source='source', filename='filename'))
error = configparser.ParsingError(filename='source')
print(error.source, error.args)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always", DeprecationWarning)
    print(error.filename)
    error.filename = 'other'
    print(error.source)
print([(x.category.__name__, str(x.message)) for x in w])
error.append(3, 'bad line')
print(str(error))
t(lambda: gettext.c2py('(' * 100 + 'n' + ')' * 100))
t(lambda: gettext.c2py('(' * 20 + 'n' + ')' * 20)(4))
t(lambda: gettext.c2py('((n))+((n==1)?2:3)')(1))
