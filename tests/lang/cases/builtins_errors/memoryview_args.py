from argcheck import t
t('memoryview()')
t('memoryview(1)')
t("memoryview('abc')")
t("memoryview(object=b'x').tobytes()")
t("memoryview(obj=b'x')")
t("memoryview(b'a', b'b')")
t("memoryview(object=b'x', x=1)")
t("memoryview(b'x', object=b'x')")
