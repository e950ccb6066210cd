config = {"a": 1}
value = (config["a"] +
         config["b"])
