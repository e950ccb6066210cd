# ElementTree beyond parsing: extended slice assignment (huge steps, the
# step's __index__ first), ElementInclude, the deprecated XMLParser.doctype
# hook, ElementPath's tokenizer and cache, ParseError's fields.
import sys
import warnings
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude, ElementPath

e = ET.Element('a')
e.extend([ET.Element(str(i)) for i in range(5)])
e[1::sys.maxsize << 64] = [ET.Element('c')]
e[1::-sys.maxsize << 64] = [ET.Element('d')]
e[::2] = [ET.Element('x')] * 3
e[10:0:-3] = [ET.Element('z')] * 2
print([x.tag for x in e])
for bad in ([], [ET.Element('q')] * 9):
    try:
        e[::2] = bad
    except ValueError as exc:
        print(exc)


class Shrink:
    def __index__(self):
        del e[:]
        return 1


e[0:10:Shrink()] = []
print(len(e))

XINC = {
    'doc.xml': '<doc xmlns:xi="http://www.w3.org/2001/XInclude">'
               '<p>start</p><xi:include href="part.xml"/>tail'
               '<xi:include href="note.txt" parse="text"/>end</doc>',
    'part.xml': '<part>inner</part>',
    'note.txt': 'NOTE',
}


def loader(href, parse, encoding=None):
    data = XINC.get(href)
    if data is None:
        return None
    return ET.XML(data) if parse == 'xml' else data


doc = ET.XML(XINC['doc.xml'])
ElementInclude.include(doc, loader)
print(ET.tostring(doc, encoding='unicode'))
for text in ('<r xmlns:xi="http://www.w3.org/2001/XInclude">'
             '<xi:include href="gone.xml"/></r>',
             '<r xmlns:xi="http://www.w3.org/2001/XInclude">'
             '<xi:include href="x" parse="BAD"/></r>',
             '<r xmlns:xi="http://www.w3.org/2001/XInclude">'
             '<xi:fallback/></r>'):
    try:
        ElementInclude.include(ET.XML(text), loader)
    except ElementInclude.FatalIncludeError as exc:
        print(type(exc).__name__, exc)

DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>')


class Sub(ET.XMLParser):
    def doctype(self, name, pubid, system):
        print('doctype', name, pubid, system)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    p = Sub()
    p.feed(DOCTYPE)
    p.close()
    ET.XMLParser().doctype('html', None, None)
print([(w.category.__name__, str(w.message)) for w in caught])

print([op or tag for op, tag in ElementPath.xpath_tokenizer('a/b[@x="1"]//c')])
print(list(ElementPath.xpath_tokenizer('p:t', {'p': 'urn:x'})))
try:
    list(ElementPath.xpath_tokenizer('p:t'))
except SyntaxError as exc:
    print(exc)
saved = ElementPath._cache
ElementPath._cache = {}
ET.XML('<a><b/></a>').find('./b')
print(len(ElementPath._cache))
ElementPath._cache = saved

try:
    ET.fromstring('<a>')
except ET.ParseError as exc:
    print(str(exc), exc.code, exc.position, exc.msg, exc.filename, exc.lineno)
try:
    ET.fromstring('<a>&bogus;</a>')
except ET.ParseError as exc:
    print(str(exc), exc.code, exc.position)
print(ET._Element_Py.__module__, ET._Element_Py.__name__)
