// Svelte compiler options shared by Vite, svelte-check and ESLint.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default { preprocess: vitePreprocess() };
