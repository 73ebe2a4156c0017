// graphql-codegen reads the schema from a live server (introspection): OPENGCM_URL, default http://localhost:5000/graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.OPENGCM_URL ?? 'http://localhost:5000/graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string' } },
    },
  },
};

export default config;
