// Personas: one knot per buyer. The knot name is the persona id used by `# persona:` in stories.
=== priya_raman
# name: Priya Raman
# role: Head of Operations
# industry: regional chilled-food haulage
# temperament: mirror
-> DONE
