x = """abc""" """def
