/** Adds a stylesheet to the page once; resolves when it has loaded (the same promise for the same URL). */
const loading = new Map<string, Promise<void>>();

export function addStylesheet(href: string): Promise<void> {
  let promise = loading.get(href);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => {
        loading.delete(href);
        link.remove();
        reject(new Error(href));
      });
      document.head.append(link);
    });
    loading.set(href, promise);
  }
  return promise;
}
