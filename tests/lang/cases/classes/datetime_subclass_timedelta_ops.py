# A timedelta subclass takes part in every timedelta operator.
import datetime
class Span(datetime.timedelta):
    pass
sp = Span(1, 30)
hour = datetime.timedelta(hours=1)
for label, f in [('add', lambda: sp + hour), ('radd', lambda: hour + sp), ('sub', lambda: sp - hour),
                 ('mul', lambda: sp * 2), ('rmul', lambda: 3 * sp), ('neg', lambda: -sp), ('abs', lambda: abs(-sp)),
                 ('truediv', lambda: sp / hour), ('floordiv', lambda: sp // 2), ('mod', lambda: sp % hour),
                 ('divmod', lambda: divmod(sp, hour)), ('total', lambda: sp.total_seconds()),
                 ('fields', lambda: (sp.days, sp.seconds, sp.microseconds)), ('bool', lambda: bool(Span(0)))]:
    r = f()
    print(label, type(r).__name__, r)
