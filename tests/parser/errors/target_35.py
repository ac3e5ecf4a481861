del f(), a
