package datetime

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// setupSubclasses lets class statements derive from date, datetime, time
// and timedelta: an instance of such a class holds a value of its base,
// on which the base's methods and operators run (a step of setup). As in
// CPython 3.6, arithmetic gives values of the base types, while replace()
// gives an instance of the derived class.
func setupSubclasses() {
	for _, t := range []*py.Type{TimedeltaType, DateType, TimeType, DatetimeType, TzinfoType, TimezoneType} {
		linearizeBases(t)
	}
	vm.RegisterValueBase(TimedeltaType, vm.ValueBase{Sample: Timedelta{}})
	vm.RegisterValueBase(DateType, vm.ValueBase{Sample: Date{}, Remake: dateFields})
	vm.RegisterValueBase(TimeType, vm.ValueBase{Sample: Time{}})
	vm.RegisterValueBase(DatetimeType, vm.ValueBase{Sample: Datetime{}, Remake: datetimeFields})
	for _, t := range []*py.Type{TimedeltaType, DateType, TimeType, DatetimeType} {
		formatOnInstance(t)
		if _, ok := t.Dict["replace"]; ok {
			keepClassInReplace(t)
		}
	}
}

// dateFields are the arguments a class derived from date is called with
// for v, a date one of date's class methods made (date.today()).
func dateFields(v py.Object) py.Tuple {
	d := v.(Date)
	return py.Tuple{py.Int(d.Year), py.Int(d.Month), py.Int(d.Day)}
}

// datetimeFields are those of a datetime, its tzinfo (None when naive)
// last, as 3.6 passes them.
func datetimeFields(v py.Object) py.Tuple {
	dt := v.(Datetime)
	var tz py.Object = py.None
	if dt.Tz != nil {
		tz = dt.Tz
	}
	return py.Tuple{py.Int(dt.Year), py.Int(dt.Month), py.Int(dt.Day), py.Int(dt.Hour), py.Int(dt.Minute), py.Int(dt.Second), py.Int(dt.Micro), tz}
}

// linearizeBases gives t the method resolution order its Base chain
// implies (gpython readied the type before Base was set).
func linearizeBases(t *py.Type) {
	mro := py.Tuple{}
	for c := t; c != nil; c = c.Base {
		mro = append(mro, c)
	}
	if mro[len(mro)-1] != py.ObjectType {
		mro = append(mro, py.ObjectType)
	}
	t.Mro = mro
}

// derivedClass is the class of self when it is an instance of a class
// statement's class derived from one of the module's types, else nil.
func derivedClass(self py.Object) *py.Type {
	if inst, ok := self.(*py.Type); ok && pyutil.IsInstanceObject(inst) {
		return inst.ObjectType
	}
	return nil
}

// formatOnInstance makes format() of an instance of a derived class
// strftime its value, or give str() of the instance for an empty spec
// (so that the class's __str__ counts).
func formatOnInstance(t *py.Type) {
	orig := t.Dict["__format__"].(*py.Method)
	m := py.MustNewMethod("__format__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if (self == nil || self.Type() == py.ModuleType) && len(args) > 0 {
			self, args = args[0], args[1:] // called through the class
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("__format__() takes exactly one argument (%d given)", len(args))
		}
		if spec, ok := args[0].(py.String); ok && spec == "" && derivedClass(self) != nil {
			s, err := pyrepr.Str(self)
			return py.String(s), err
		}
		return orig.Call(pyutil.Unwrap(self), args)
	}, 0, orig.Doc)
	vm.TakesInstance(m)
	t.Dict["__format__"] = m
}

// keepClassInReplace makes replace() on an instance of a derived class
// return an instance of that class (made without calling it, as CPython).
func keepClassInReplace(t *py.Type) {
	orig := t.Dict["replace"].(*py.Method)
	m := py.MustNewMethod("replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := orig.CallWithKeywords(pyutil.Unwrap(self), args, kwargs)
		if err != nil {
			return nil, err
		}
		if cls := derivedClass(self); cls != nil {
			return vm.NewWithValue(cls, v), nil
		}
		return v, nil
	}, 0, orig.Doc)
	vm.TakesInstance(m)
	t.Dict["replace"] = m
}

// The values' str is their own for an instance of a derived class too
// (pyrepr.OwnStr).
func (Date) KeepsStr()      {}
func (Datetime) KeepsStr()  {}
func (Time) KeepsStr()      {}
func (Timedelta) KeepsStr() {}

// ReprForClass is the repr of an instance of a derived class holding the
// value: the class's name in place of the type's ("D(2020, 1, 1)"), as
// CPython's reprs use the type's tp_name.
func (d Date) ReprForClass(qualname string) (string, error) { return reprFor(d, qualname) }

// ReprForClass is Date's, for datetime.
func (d Datetime) ReprForClass(qualname string) (string, error) { return reprFor(d, qualname) }

// ReprForClass is Date's, for time.
func (t Time) ReprForClass(qualname string) (string, error) { return reprFor(t, qualname) }

// ReprForClass is Date's, for timedelta.
func (td Timedelta) ReprForClass(qualname string) (string, error) { return reprFor(td, qualname) }

func reprFor(v py.I__repr__, qualname string) (string, error) {
	r, err := v.M__repr__()
	if err != nil {
		return "", err
	}
	s, _ := r.(py.String)
	name := qualname[strings.LastIndexByte(qualname, '.')+1:]
	typeName := v.(py.Object).Type().Name
	return name + strings.TrimPrefix(string(s), typeName), nil
}
