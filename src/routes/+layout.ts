// Every page is static HTML: it reads without JavaScript and the service worker precaches it.
export const prerender = true;
// "/gids/" is served as gids/index.html, which every static host understands.
export const trailingSlash = 'always';
