from argcheck import t
t('divmod()')
t('divmod(1)')
t("divmod('a', 1)")
t("divmod(1, 'a')")
t('divmod(1, 0)')
t('divmod(1, 2, 3)')
t('divmod(7.5, 2)')
t('divmod(x=1)')
