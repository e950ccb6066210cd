def p(*values):
    print(*[ascii(v) for v in values])


p('%s-%d' % ('\ud800', 3), '{}\udfff{}'.format('\ud800', 1), format('\ud800', '>3'))
p('{0:\udc80^5}'.format('ab'), '\ud800'.join('ab'), '-'.join(['\ud800', 'b']))
