def show(s):
    return [hex(ord(c)) for c in s]
s = '\ud800'
print(len(s), ord(s), show(chr(0xdfff)), s == chr(0xd800), '\uDC80' == '\U0000dc80')
t = 'a\udcff\U0001f600b'
print(len(t), show(t), show(t[1:3]), show(t[::-1]), show(t[-3]), t[0], t[3])
print('x\ud800y'.encode('utf-8', 'surrogatepass'), '\ud800'.encode('utf-16-le', 'surrogatepass'))
try:
    'x\ud800y'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
d = b'ab\xff\xfe'.decode('utf-8', 'surrogateescape')
print(len(d), show(d), d.encode('utf-8', 'surrogateescape'))
import os
print(show(os.fsdecode(b'\xffabc')), os.fsencode(os.fsdecode(b'\xffabc')))
print(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print('\ud800' + '\udc00' == '\U00010000', len('\ud800' + '\udc00'))
print(sorted(['\uffff', '\U00010000', '\ud800', 'z']) == ['z', '\ud800', '\uffff', '\U00010000'])
print('\ud800'.isprintable(), '\ud800a'.upper() == '\ud800A', 'Ab\udc80Cd'.lower() == 'ab\udc80cd')
print('ab\udc80cd'.capitalize() == 'Ab\udc80cd', 'ab\udc80cd'.title() == 'Ab\udc80Cd')
print(list(iter('q\udc80')) == ['q', '\udc80'], 'q\udc80' in ['q\udc80'], '\udc80' in 'q\udc80r')
print({'\udc80': 1}['\udc80'], hash('\ud800') == hash(chr(0xd800)))
try:
    'abc\udc80'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, show(e.object))
doc = """multi
line \udc80"""
print(len(doc), show(doc[-2:]))
