from argcheck import t
t('getattr()')
t('getattr(1)')
t('getattr(1, 2)')
t("getattr(1, 'x')")
t('getattr(1, 2, 3, 4)')
t("getattr(1, 'x', 1, 2)")
t("getattr(1, 'x', 'dflt')")
t("getattr(1, name='x')")
