package vm

// The library code that stands for CPython 3.6's C modules: an exception
// raised in it reaches a traceback without its frames, as one raised in
// C code does (decimal.Decimal('x') shows only the caller's line). The
// table is by embedded module: every function of a module written for a
// C one, or the named functions of a module that 3.6 writes partly in
// Python (csv's DictReader and heapq's merge keep their frames there).
var hiddenLibraryModules = []string{
	"atexit", "bisect", "_bisect", "_collections", "decimal", "_decimal", "pickle", "_pickle",
	"io", "_asyncio", "_multibytecodec", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
	"_codecs_jp", "_codecs_kr", "_codecs_tw", "_stat", "_symtable", "posix", "parser",
	"readline", "faulthandler", "zipimport", "_datetime",
	// _sqlite3's Connection and Cursor (3.6's dbapi2.py keeps only the
	// date and time adapters in Python)
	"sqlite3.dbapi2",
}

var hiddenLibraryFunctions = map[string][]string{
	// _csv's functions
	"csv": {"reader", "writer", "register_dialect", "unregister_dialect", "get_dialect",
		"list_dialects", "_make_format", "_one_char"},
	// _functools' reduce, partial and cmp_to_key's key class, and the
	// C wrapper lru_cache returns
	"functools": {"reduce", "__call__", "_cmp", "__lt__", "__gt__", "__eq__", "__le__", "__ge__",
		"_lru_cached"},
	// _heapq's
	"heapq": {"heappush", "heappop", "heapreplace", "heappushpop", "heapify", "_heapify_max",
		"_heappop_max", "_heapreplace_max", "_rise", "_rise_max", "_resettle", "_resettle_max",
		"_not_a_list"},
	// _asyncio's Future and Task
	"asyncio.futures": {"result", "exception", "__iter__"},
	"asyncio.tasks":   {"_advance", "_wakeup"},
}

func init() {
	for _, m := range hiddenLibraryModules {
		hiddenCode[hiddenKey{EmbeddedFile(m, false), ""}] = true
	}
	for m, fns := range hiddenLibraryFunctions {
		for _, fn := range fns {
			hiddenCode[hiddenKey{EmbeddedFile(m, false), fn}] = true
		}
	}
}
