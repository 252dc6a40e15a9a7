// The rating page: the reasons' heading follows the chosen level (what was good / what was wrong).
document.addEventListener('DOMContentLoaded', () => {
  const legend = document.querySelector('[data-reasons-legend]');
  if (!legend) return;
  const update = () => {
    const chosen = document.querySelector('input[name="level"]:checked');
    if (!chosen) return;
    legend.textContent = Number(chosen.value) <= 2 ? legend.dataset.bad : legend.dataset.good;
  };
  document.querySelectorAll('input[name="level"]').forEach((r) => r.addEventListener('change', update));
  update();
});
