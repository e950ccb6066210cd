package decimal

import "github.com/go-python/gpython/py"

// A Context's arithmetic settings, read once.
//
// Every fast path needs the settings of the context it runs in; reading
// them from the instance's slots (_prec, _rounding, _Emin, _Emax,
// _clampv) took five string-keyed lookups and a new ctx per operation.
// The first read keeps them in the context's _fast slot as a
// settingsCache, and decimal.py's setters of those five settings (the
// only code that writes them) put None there, so a cache is never stale.

// settingsCacheType is the type of the _fast slot's value: internal,
// never handed to Python code other than decimal.py's.
var settingsCacheType = py.NewType("decimal._settings", "A Context's arithmetic settings, as the Go fast paths read them.")

// settingsCache holds a context's settings; the ctx is shared by every
// operation in that context and must not be changed.
type settingsCache struct{ c ctx }

// Type implements py.Object.
func (*settingsCache) Type() *py.Type { return settingsCacheType }

// context returns a Context instance and its arithmetic settings, or nil
// when o is not one or a setting has an unusual type. The settings come
// from the context's cache when it has one, else from its slots (and
// are cached then).
func (s *fastState) context(o py.Object) (*py.Type, *ctx) {
	inst, ok := o.(*py.Type)
	if !ok || inst.Type() != s.contextCls && !inst.Type().IsSubtype(s.contextCls) {
		return nil, nil
	}
	d := inst.Dict
	if sc, ok := d["_fast"].(*settingsCache); ok {
		return inst, &sc.c
	}
	prec, ok1 := d["_prec"].(py.Int)
	rounding, ok2 := d["_rounding"].(py.String)
	emin, ok3 := d["_Emin"].(py.Int)
	emax, ok4 := d["_Emax"].(py.Int)
	clamp, ok5 := d["_clampv"].(py.Int)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !validRounding(string(rounding)) {
		return nil, nil
	}
	sc := &settingsCache{c: ctx{prec: int64(prec), rounding: string(rounding), emin: int64(emin), emax: int64(emax), clamp: clamp != 0}}
	if _, slotted := d["_fast"]; slotted {
		// Only once a setter has written the slot (None): the slot is
		// then there, whatever the class's layout, and nothing else
		// shows in the instance.
		d["_fast"] = sc
	}
	return inst, &sc.c
}
