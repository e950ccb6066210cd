import tb_helper
tb_helper.boom()
