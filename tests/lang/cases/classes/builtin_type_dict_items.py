# A built-in type's __dict__ shows the same objects through [k], get(k),
# items(), values() and copy() as T.k gives: getset and member
# descriptors, method descriptors (inspect.classify_class_attrs reads
# items()).
import io


def kinds(T):
    return sorted((k, type(v).__name__) for k, v in vars(T).items()
                  if type(v).__name__ in ('getset_descriptor', 'member_descriptor', 'method_descriptor'))


for T in (int, float, complex, io.FileIO):
    ks = kinds(T)
    print(T.__name__, len(ks) > 0)
    for k, v in vars(T).items():
        if type(v).__name__ in ('getset_descriptor', 'member_descriptor'):
            assert v is getattr(T, k) is T.__dict__[k] is T.__dict__.get(k), (T, k)
    if T.__module__ == 'builtins':
        print([k for k, kind in ks if kind != 'method_descriptor'])
print(complex.__dict__.copy()['real'] is complex.real)
print(type(list(vars(int).values())[0]).__name__ != 'property')
print([k for k, v in vars(int).items() if type(v).__name__ == 'property'])

