import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests never see the developer's own data folder, colours or clock.
    env: {
      NO_COLOR: '1',
      FORCE_COLOR: '',
      INFOVIEW_DIR: '',
      INFOVIEW_NOW: '',
      INFOVIEW_DEBUG: '',
      TZ: 'America/Los_Angeles',
    },
  },
});
