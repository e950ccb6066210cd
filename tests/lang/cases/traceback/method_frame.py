class Parser:
    def parse(self, text):
        return self.token(text)

    def token(self, text):
        raise SyntaxWarning("bad token " + text)

Parser().parse("@")
