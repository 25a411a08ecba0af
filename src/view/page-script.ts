/**
 * The page's only script, inline: hovering or focusing a highlighted span shows its record (and
 * those of the spans around it) in the inspector; the legend switches a kind's colour off.
 */
export const pageScript = `
(() => {
  const records = JSON.parse(document.getElementById('records').textContent);
  const inspector = document.getElementById('inspector');
  let active = [];
  const show = (target) => {
    for (const el of active) el.classList.remove('active');
    active = [];
    const shown = [];
    for (let el = target && target.closest('[data-ref]'); el; el = el.parentElement && el.parentElement.closest('[data-ref]')) {
      active.push(el);
      el.classList.add('active');
      shown.push(JSON.stringify(records[el.dataset.ref], null, 1));
    }
    inspector.textContent = shown.join('\\n');
  };
  document.addEventListener('mouseover', (e) => { if (e.target.closest && e.target.closest('.text')) show(e.target); });
  document.addEventListener('focusin', (e) => show(e.target));
  for (const box of document.querySelectorAll('.legend input')) {
    box.addEventListener('change', () => document.body.classList.toggle('off-' + box.value, !box.checked));
  }
})();
`;
