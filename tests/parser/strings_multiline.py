a = """line 1
line 2
    indented
"""
b = '''
starts with newline'''
c = """a\
b"""
