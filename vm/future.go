package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// The __future__ module: its features as CPython 3.6 lists them. The loop
// honours generator_stop (PEP 479): in a module that imported it, a
// StopIteration escaping a generator becomes RuntimeError.

type futureFeature struct {
	name               string
	optional, mandated [5]any
	flag               int
}

var futureFeatureType = py.NewType("_Feature", "")

func (f *futureFeature) Type() *py.Type { return futureFeatureType }

func (f *futureFeature) M__repr__() (py.Object, error) {
	v := func(t [5]any) string {
		return fmt.Sprintf("(%d, %d, %d, '%s', %d)", t[0], t[1], t[2], t[3], t[4])
	}
	return py.String(fmt.Sprintf("_Feature(%s, %s, %d)", v(f.optional), v(f.mandated), f.flag)), nil
}

func releaseTuple(t [5]any) py.Tuple {
	return py.Tuple{py.Int(t[0].(int)), py.Int(t[1].(int)), py.Int(t[2].(int)), py.String(t[3].(string)), py.Int(t[4].(int))}
}

var futureFeatures = []*futureFeature{
	{"nested_scopes", [5]any{2, 1, 0, "beta", 1}, [5]any{2, 2, 0, "alpha", 0}, 16},
	{"generators", [5]any{2, 2, 0, "alpha", 1}, [5]any{2, 3, 0, "final", 0}, 0},
	{"division", [5]any{2, 2, 0, "alpha", 2}, [5]any{3, 0, 0, "alpha", 0}, 8192},
	{"absolute_import", [5]any{2, 5, 0, "alpha", 1}, [5]any{3, 0, 0, "alpha", 0}, 16384},
	{"with_statement", [5]any{2, 5, 0, "alpha", 1}, [5]any{2, 6, 0, "alpha", 0}, 32768},
	{"print_function", [5]any{2, 6, 0, "alpha", 2}, [5]any{3, 0, 0, "alpha", 0}, 65536},
	{"unicode_literals", [5]any{2, 6, 0, "alpha", 2}, [5]any{3, 0, 0, "alpha", 0}, 131072},
	{"barry_as_FLUFL", [5]any{3, 1, 0, "alpha", 2}, [5]any{3, 9, 0, "alpha", 0}, 262144},
	{"generator_stop", [5]any{3, 5, 0, "beta", 1}, [5]any{3, 7, 0, "alpha", 0}, 524288},
}

// generatorStop is __future__.generator_stop.
var generatorStop = futureFeatures[len(futureFeatures)-1]

func init() {
	globals := py.StringDict{}
	names := make([]py.Object, 0, len(futureFeatures))
	for _, f := range futureFeatures {
		globals[f.name] = f
		names = append(names, py.String(f.name))
	}
	globals["all_feature_names"] = py.NewListFromItems(names)
	for name, flag := range map[string]int{"CO_NESTED": 16, "CO_GENERATOR_ALLOWED": 0, "CO_FUTURE_DIVISION": 8192, "CO_FUTURE_ABSOLUTE_IMPORT": 16384, "CO_FUTURE_WITH_STATEMENT": 32768, "CO_FUTURE_PRINT_FUNCTION": 65536, "CO_FUTURE_UNICODE_LITERALS": 131072, "CO_FUTURE_BARRY_AS_BDFL": 262144, "CO_FUTURE_GENERATOR_STOP": 524288} {
		globals[name] = py.Int(flag)
	}
	futureFeatureType.Dict["getOptionalRelease"] = py.MustNewMethod("getOptionalRelease", func(self py.Object) (py.Object, error) {
		return releaseTuple(self.(*futureFeature).optional), nil
	}, 0, "Return first release in which this feature was recognized.")
	futureFeatureType.Dict["getMandatoryRelease"] = py.MustNewMethod("getMandatoryRelease", func(self py.Object) (py.Object, error) {
		return releaseTuple(self.(*futureFeature).mandated), nil
	}, 0, "Return release in which this feature will become mandatory.")
	futureFeatureType.Dict["compiler_flag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(self.(*futureFeature).flag), nil
	}}
	// the releases as attributes too, as 3.6's class keeps them
	futureFeatureType.Dict["optional"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return releaseTuple(self.(*futureFeature).optional), nil
	}}
	futureFeatureType.Dict["mandatory"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return releaseTuple(self.(*futureFeature).mandated), nil
	}}
	futureFeatureType.Dict["__module__"] = py.String("__future__")
	globals["_Feature"] = futureFeatureType
	globals["__all__"] = py.NewListFromItems(append([]py.Object{py.String("all_feature_names")}, names...))
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "__future__", Doc: "Record of phased-in incompatible language changes."},
		Globals: globals,
	})
}

// GeneratorKind, when set, names what the generator code co stands for
// when it is not a plain generator ("coroutine", "async generator": the
// compiler's rewritten async defs), whose StopIteration always becomes a
// RuntimeError; "" for a plain generator.
var GeneratorKind func(co *py.Code) string

// deprecatedGeneratorStop is 3.6's behaviour for a StopIteration escaping
// a plain generator without generator_stop: the generator ends, as if it
// had returned, after a DeprecationWarning ("generator 'g' raised
// StopIteration", which an "error" filter turns into the exception). The
// exception goes on to next()'s caller with its traceback; Next and
// `yield from` take it as the generator's end.
func deprecatedGeneratorStop(pyf *py.Frame, err error) error {
	if werr := Warn(py.DeprecationWarning, "generator '"+pyf.Code.Name+"' raised StopIteration", 1); werr != nil {
		return werr
	}
	return err
}

// stopIterationToRuntimeError applies PEP 479 to an error escaping the
// generator frame pyf: under generator_stop a StopIteration becomes
// RuntimeError("generator raised StopIteration") caused by it.
func stopIterationToRuntimeError(pyf *py.Frame, err error) error {
	if !py.IsException(py.StopIteration, err) {
		return err
	}
	kind := ""
	if GeneratorKind != nil {
		kind = GeneratorKind(pyf.Code)
	}
	if kind == "" {
		if pyf.Globals["generator_stop"] != py.Object(generatorStop) {
			return deprecatedGeneratorStop(pyf, err)
		}
		kind = "generator"
	}
	cause, _ := exceptionOf(err).(*py.Exception)
	r := &py.Exception{Base: py.RuntimeError, Args: py.Tuple{py.String(kind + " raised StopIteration")}, Dict: py.StringDict{}}
	if cause != nil {
		r.Cause, r.Context, r.SuppressContext = cause, cause, true
	}
	return r
}
