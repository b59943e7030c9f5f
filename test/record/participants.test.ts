import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analysePeople } from '../../src/record/participants.js';
import { splitParagraphs } from '../../src/record/paragraphs.js';
import { recordOf } from '../helpers.js';

const analyse = (text: string) => analysePeople(splitParagraphs(text, 'txt'));

describe('participants', () => {
  it('resolves "il" and "elle" to the last speaker of that gender', () => {
    const people = analyse('La ministre belge, Anne Roy, a reçu le ministre tchèque, Petr Novák.\n\nM. Novák a salué l’accord.\n\nElle a rappelé les enjeux.\n\nIl a répondu.');
    assert.equal(people.paragraphs.get(3)?.actor, 'Anne Roy');
    assert.equal(people.paragraphs.get(4)?.actor, 'Petr Novák');
  });

  it('resolves a role by country and role word, a synonym too', () => {
    const people = analyse('Le Premier ministre malien, Abdoulaye Maïga, a reçu le ministre nigérien des Mines, Ousmane Barazé.\n\nLe chef du gouvernement a salué la visite.\n\nLe ministre nigérien a remercié son hôte.');
    assert.equal(people.paragraphs.get(2)?.actor, 'Abdoulaye Maïga');
    assert.equal(people.paragraphs.get(3)?.actor, 'Ousmane Barazé');
    assert.equal(people.resolve('son homologue', { exclude: 'Ousmane Barazé' }), 'Abdoulaye Maïga');
  });

  it('resolves a role to someone who took part before someone only named in passing', () => {
    const people = analyse('L’invitation du président Paul Arnaud a été transmise au président Kofi Amar par le ministre Jean Duval.\n\nLe président a ensuite reçu la délégation.');
    assert.deepEqual(people.participants.map((p) => p.name), ['Kofi Amar', 'Jean Duval']);
    assert.equal(people.paragraphs.get(2)?.actor, 'Kofi Amar');
  });

  it('lists each person once with role, country and the paragraphs where they speak or act', () => {
    const { participants } = analyse('Le ministre iranien, Ali Karimi, a reçu l’ambassadeur de Chine, Wei Zhang.\n\nSelon M. Karimi, tout va bien.\n\n« Nous avançons », a déclaré l’ambassadeur.');
    assert.deepEqual(participants, [
      { name: 'Ali Karimi', role: 'ministre iranien', country: 'Iran', statements: [1, 2] },
      { name: 'Wei Zhang', role: 'ambassadeur de Chine', country: 'Chine', statements: [1, 3] },
    ]);
  });
});

describe('one card per person', () => {
  it('merges the mentions of one person written with other capitals or without accents', () => {
    const record = recordOf(
      'Le ministre gambien, Lamin DIBBA, a reçu son homologue vietnamien, Nguyễn Văn Thành.\n\nM. Dibba a salué la visite.\n\nNguyen Van Thanh a évoqué la pêche et le riz.',
    );
    assert.deepEqual(record.participants.map((p) => [p.name, p.statements]), [['Lamin DIBBA', [1, 2]], ['Nguyễn Văn Thành', [1, 3]]]);
  });
});
