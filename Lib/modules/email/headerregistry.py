"""Header objects for the new policies: str subclasses holding a header's
decoded value plus what it means (addresses, a datetime, MIME
parameters), made by a HeaderRegistry from the header's name.

Values are read by email._header_value_parser, whose parse tree each
header keeps for folding; decoded values, attributes and defects follow
CPython 3.6.
"""

from types import MappingProxyType

from email import errors, utils
from email import _header_value_parser as parser

__all__ = ["Address", "Group", "HeaderRegistry", "BaseHeader",
           "UnstructuredHeader", "UniqueUnstructuredHeader", "DateHeader",
           "UniqueDateHeader", "AddressHeader", "UniqueAddressHeader",
           "SingleAddressHeader", "UniqueSingleAddressHeader",
           "MIMEVersionHeader", "ParameterizedMIMEHeader",
           "ContentTypeHeader", "ContentDispositionHeader",
           "ContentTransferEncodingHeader"]

SPECIALS = parser.SPECIALS
DOT_ATOM_ENDS = parser.DOT_ATOM_ENDS
quote_string = parser.quote_string


def _parse_addr_spec(spec):
    # (username, domain) of an addr_spec given to Address: ValueError
    # when text is left over, the first defect raised when there is one.
    tree, rest = parser.get_addr_spec(spec)
    if rest:
        raise ValueError("Invalid addr_spec; only '{}' could be parsed "
                         "from '{}'".format(tree, spec))
    found = tree.all_defects
    if found:
        raise found[0]
    return tree.local_part, tree.domain


class Address:
    """One mailbox: a display name and an addr_spec (username@domain)."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        for part in (display_name, username, domain, addr_spec):
            if part and ("\r" in part or "\n" in part):
                raise ValueError("invalid arguments; address parts "
                                 "cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, domain = _parse_addr_spec(addr_spec)
        self._parts = (display_name, username, domain)

    display_name = property(lambda self: self._parts[0],
                            doc="The name shown with the address.")
    username = property(lambda self: self._parts[1],
                        doc="The part of the address before the @.")
    domain = property(lambda self: self._parts[2],
                      doc="The part of the address after the @.")

    @property
    def addr_spec(self):
        """username@domain, the username quoted when it must be."""
        local = self.username
        if set(local) & DOT_ATOM_ENDS:
            local = quote_string(local)
        if self.domain:
            return local + "@" + self.domain
        if not local:
            return "<>"
        return local

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if set(name) & SPECIALS:
            name = quote_string(name)
        if name:
            spec = "" if self.addr_spec == "<>" else self.addr_spec
            return "{} <{}>".format(name, spec)
        return self.addr_spec

    def __eq__(self, other):
        if type(other) != type(self):
            return False
        return (self.display_name == other.display_name and
                self.username == other.username and
                self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named list of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._parts = (display_name, tuple(addresses or ()))

    display_name = property(lambda self: self._parts[0],
                            doc="The group's name (None for a lone address).")
    addresses = property(lambda self: self._parts[1],
                         doc="The group's Address objects.")

    def __repr__(self):
        # CPython 3.6's repr lacks the closing parenthesis.
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and set(name) & SPECIALS:
            name = quote_string(name)
        listed = ", ".join(str(a) for a in self.addresses)
        if listed:
            listed = " " + listed
        return "{}:{};".format(name, listed)

    def __eq__(self, other):
        if type(other) != type(self):
            return False
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)

    def __hash__(self):
        return hash((self.display_name, self.addresses))


class BaseHeader(str):
    """A header value: the decoded text as the str, plus name, defects
    and fold().  Subclasses provide parse(value, kwds), which fills
    kwds["decoded"], kwds["parse_tree"] and what init() takes, and may
    extend init()."""

    def __new__(cls, name, value):
        found = {"defects": []}
        cls.parse(value, found)
        text = found.pop("decoded")
        header = str.__new__(cls, utils._sanitize(text)
                             if utils._has_surrogates(text) else text)
        header.init(name, **found)
        return header

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    name = property(lambda self: self._name, doc="The header's name.")
    defects = property(lambda self: tuple(self._defects),
                       doc="The defects found in the value.")

    def __reduce__(self):
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as folded lines ended by policy.linesep: the name,
        a colon, and the parse tree laid out by the parser's folder."""
        label = parser.HeaderLabel([
            parser.ValueTerminal(self.name, "header-name"),
            parser.ValueTerminal(":", "header-sep")])
        whole = parser.Header([label])
        if self._parse_tree:
            whole.append(parser.CFWSList(
                [parser.WhiteSpaceTerminal(" ", "fws")]))
        whole.append(self._parse_tree)
        return whole.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    """Free text; encoded words are decoded."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        kwds["parse_tree"] = tree
        kwds["decoded"] = str(tree)


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: the datetime attribute, the value in RFC 5322 form."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds.update(datetime=None, decoded="",
                        parse_tree=parser.TokenList())
            return
        if isinstance(value, str):
            value = utils.parsedate_to_datetime(value)
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)
        kwds["parse_tree"] = cls.value_parser(kwds["decoded"])

    def init(self, *args, **kw):
        self._datetime = kw.pop("datetime")
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


def _address_list_parser(value):
    tree, rest = parser.get_address_list(value)
    if rest:
        raise errors.HeaderParseError("text left after the address list")
    return tree


def _group_of(address):
    # The Group for one address token of the parse tree.
    members = [Address(mailbox.display_name or "", mailbox.local_part or "",
                       mailbox.domain or "")
               for mailbox in address.all_mailboxes]
    return Group(address.display_name, members)


class AddressHeader:
    """A list of addresses and groups: the groups and addresses
    attributes."""

    max_count = None
    value_parser = staticmethod(_address_list_parser)

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            tree = cls.value_parser(value)
            kwds["parse_tree"] = tree
            groups = [_group_of(address) for address in tree.addresses]
            defects = list(tree.all_defects)
        else:
            if not hasattr(value, "__iter__"):
                value = [value]
            groups = [item if hasattr(item, "addresses")
                      else Group(None, [item]) for item in value]
            defects = []
        kwds["groups"] = groups
        kwds["defects"] = defects
        kwds["decoded"] = ", ".join([str(group) for group in groups])
        if "parse_tree" not in kwds:
            kwds["parse_tree"] = cls.value_parser(kwds["decoded"])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop("groups"))
        self._addresses = None
        super().init(*args, **kw)

    groups = property(lambda self: self._groups,
                      doc="The Group objects (lone addresses in unnamed groups).")

    @property
    def addresses(self):
        """Every address, those of the groups included."""
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups
                                    for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header {} is not "
                             "a single address".format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


def _read_mime_value(cls, value, kwds):
    # Parse value with cls's parser: the tree, its text and its defects
    # go into kwds; the tree is returned.
    tree = kwds["parse_tree"] = cls.value_parser(value)
    kwds["decoded"] = str(tree)
    kwds["defects"] += tree.all_defects
    return tree


class MIMEVersionHeader:
    """MIME-Version: version, major and minor."""

    max_count = 1
    value_parser = staticmethod(parser.parse_mime_version)

    @classmethod
    def parse(cls, value, kwds):
        tree = _read_mime_value(cls, value, kwds)
        complete = tree.minor is not None
        kwds["major"] = tree.major if complete else None
        kwds["minor"] = tree.minor
        kwds["version"] = ("{}.{}".format(tree.major, tree.minor)
                           if complete else None)

    def init(self, *args, **kw):
        self._version = kw.pop("version")
        self._major = kw.pop("major")
        self._minor = kw.pop("minor")
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader:
    """A MIME header with name=value parameters (params)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = _read_mime_value(cls, value, kwds)
        params = {}
        if tree.params is not None:
            for name, text in tree.params:
                params[utils._sanitize(name).lower()] = utils._sanitize(text)
        kwds["params"] = params

    def init(self, *args, **kw):
        self._params = kw.pop("params")
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


def _tree_text(attribute):
    # A property giving the parse tree's attribute, undecodable bytes
    # shown as U+FFFD (None stays None).
    def get(self):
        found = getattr(self._parse_tree, attribute)
        return found if found is None else utils._sanitize(found)
    return property(get)


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: content_type, maintype and subtype."""

    value_parser = staticmethod(parser.parse_content_type_header)
    maintype = _tree_text("maintype")
    subtype = _tree_text("subtype")

    @property
    def content_type(self):
        return self.maintype + "/" + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: content_disposition."""

    value_parser = staticmethod(parser.parse_content_disposition_header)
    content_disposition = _tree_text("content_disposition")


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: cte, lower case."""

    max_count = 1
    value_parser = staticmethod(parser.parse_content_transfer_encoding_header)

    cte = _tree_text("cte")

    @classmethod
    def parse(cls, value, kwds):
        _read_mime_value(cls, value, kwds)


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name mixes the specialized
    class mapped to it (or default_class) with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class, self.default_class = base_class, default_class

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type("_" + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
