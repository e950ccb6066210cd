# A model of CPython 3.6's IntEnum/IntFlag behaviour, written for the
# differential tests of internal/pyenum: python3 (3.11) prints some enums
# differently from 3.6, so the tests run a scenario against this model
# under python3 and against pyenum under gpython and compare the output.
# It follows the rules of 3.6's Lib/enum.py (value lookup, pseudo-member
# creation for IntFlag, the decomposition used by repr/str); it is not a
# copy of it.


class _Member(int):
    def __new__(cls, klass, name, value):
        self = int.__new__(cls, value)
        self._klass = klass
        self._name = name
        return self

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        k = self._klass
        if self._name is not None:
            return '<%s.%s: %d>' % (k.name, self._name, int(self))
        members = k._decompose(int(self))
        return '<%s.%s: %d>' % (k.name, k._label(members), int(self))

    def __str__(self):
        k = self._klass
        if self._name is not None:
            return '%s.%s' % (k.name, self._name)
        members = k._decompose(int(self))
        if len(members) == 1 and members[0]._name is None:
            return '%s.%d' % (k.name, int(members[0]))
        return '%s.%s' % (k.name, k._label(members))

    def _bit(self, other, op):
        k = self._klass
        if not k.flag:
            return op(int(self), int(other))
        if not isinstance(other, int):
            return NotImplemented
        k(int(other))
        return k(op(int(self), int(other)))

    def __or__(self, other):
        return self._bit(other, lambda a, b: a | b)

    def __and__(self, other):
        return self._bit(other, lambda a, b: a & b)

    def __xor__(self, other):
        return self._bit(other, lambda a, b: a ^ b)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._klass.flag:
            return self._klass(~int(self))
        return ~int(self)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __hash__(self):
        return int.__hash__(self)

    def __eq__(self, other):
        return int(self) == other

    def __add__(self, other):
        return int(self) + other

    __radd__ = __add__


class Model:
    def __init__(self, name, defs, flag):
        self.name = name
        self.flag = flag
        self.v2m = {}      # insertion-ordered, like _value2member_map_
        self.byname = {}
        self.order = []
        for n, v in sorted(defs, key=lambda t: (t[1], t[0])):
            if v in self.v2m:
                self.byname[n] = self.v2m[v]
                continue
            m = _Member(self, n, v)
            self.v2m[v] = m
            self.byname[n] = m
            self.order.append(m)

    def __getattr__(self, n):
        try:
            return self.__dict__['byname'][n]
        except KeyError:
            raise AttributeError(n)

    def __getitem__(self, n):
        return self.byname[n]

    def __iter__(self):
        return iter(self.order)

    def __len__(self):
        return len(self.order)

    def __call__(self, value):
        if isinstance(value, _Member) and value._klass is self:
            return value
        if value in self.v2m:
            return self.v2m[value]
        if self.flag and isinstance(value, int):
            return self._pseudo(value)
        raise ValueError('%r is not a valid %s' % (value, self.name))

    def _label(self, members):
        return '|'.join(m._name if m._name is not None else str(int(m)) for m in members)

    def _decompose(self, value):
        return self._decompose2(value)[0]

    def _decompose2(self, value):
        uncovered = value
        found = []
        for v, m in list(self.v2m.items()):
            single = v > 0 and (v & (v - 1)) == 0
            if m._name is None and (value < 0 or not single):
                continue
            if v and v & value == v:
                found.append(m)
                uncovered &= ~v
        if not found and value in self.v2m:
            found.append(self.v2m[value])
        found.sort(key=lambda m: int(m), reverse=True)
        if len(found) > 1 and int(found[0]) == value:
            found = found[1:]
        return found, uncovered

    def _pseudo(self, value):
        if value in self.v2m:
            return self.v2m[value]
        todo = [value]
        extra = self._decompose2(value)[1]
        while extra:
            bit = 2 ** (extra.bit_length() - 1)
            if bit not in self.v2m and bit not in todo:
                todo.append(bit)
            extra = 0 if extra == -bit else extra ^ bit
        for v in todo[::-1]:
            if v not in self.v2m:
                self.v2m[v] = _Member(self, None, v)
        return self.v2m[value]
