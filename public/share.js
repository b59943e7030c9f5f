// "Copier le lien": copies the absolute URL of a paragraph or a section. Without JavaScript the
// same elements are plain links to the paragraph or section, which work as they are.
'use strict';

document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-copy-link]') : null;
  if (!link || !navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href'), window.location.href);
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(url.href);
    if (status) status.textContent = 'Lien copié dans le presse-papiers.';
    link.classList.add('copied');
    setTimeout(() => link.classList.remove('copied'), 2000);
  } catch {
    if (status) status.textContent = 'Copie impossible : le lien reste dans la barre d’adresse.';
  }
  // Follow in-page links as a click would, so the paragraph is highlighted and the URL shareable.
  if (url.pathname === window.location.pathname && url.hash) window.location.hash = url.hash;
});
