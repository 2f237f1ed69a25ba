"""armswatch.nlp"""
